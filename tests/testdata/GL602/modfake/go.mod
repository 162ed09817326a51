module example.com/modfake

go 1.19
