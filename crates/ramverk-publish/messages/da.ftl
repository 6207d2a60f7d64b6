# ramverk-publish: faste tekster i dokumenterne, på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.
