# ramverk-publish: faste tekster i dokumenterne, på dansk. De samme beskeder, i samme rækkefølge, findes i sv.ftl og en.ftl.

## Sidens ramme
page-skip-to-content = Spring til indholdet
# $version: ramverks version
page-generated-by = Lavet med ramverk { $version }
