# ramverk-publish: fasta texter i dokumenten, på svenska. Samma meddelanden, i samma ordning, finns i da.ftl och en.ftl.
