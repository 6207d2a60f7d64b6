# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.
