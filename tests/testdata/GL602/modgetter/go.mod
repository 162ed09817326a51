module example.com/modgetter

go 1.19
