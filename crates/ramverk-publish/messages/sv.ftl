# ramverk-publish: fasta texter i dokumenten, på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.

## Sidans ram
page-skip-to-content = Hoppa till innehållet
# $version: ramverks version
page-generated-by = Skapad med ramverk { $version }
