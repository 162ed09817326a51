module example.com/modshadow

go 1.19
