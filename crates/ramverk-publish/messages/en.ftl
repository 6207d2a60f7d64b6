# ramverk-publish: fixed texts of the documents, in English. The same messages, in the same order, are in sv.ftl and da.ftl.

## The page frame
page-skip-to-content = Skip to content
# $version: ramverk's version
page-generated-by = Made with ramverk { $version }
