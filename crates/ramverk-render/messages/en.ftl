# ramverk-render: fixed texts in English. The same messages, in the same order, are in sv.ftl and da.ftl.

## A framework's status
status-draft = draft
status-adopted = adopted
status-deprecated = deprecated

## Values in comparisons
value-yes = yes
value-no = no
