"""The site's search driven in the browser as a reader types, with the queries readers type in
each language; and Material's lunr search as the site had it before Pagefind, to compare."""
