# ramverk-render: faste tekster på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.

## En rammes status
status-draft = udkast
status-adopted = vedtaget
status-deprecated = udfaset

## Værdier i sammenligninger
value-yes = ja
value-no = nej
