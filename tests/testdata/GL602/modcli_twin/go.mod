module example.com/modclitwin

go 1.21
