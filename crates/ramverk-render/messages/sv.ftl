# ramverk-render: fasta texter på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.

## Ett ramverks status (beskriver "ramverket": neutrum)
status-draft = utkast
status-adopted = fastställt
status-deprecated = avvecklat

## Värden i jämförelser
value-yes = ja
value-no = nej
