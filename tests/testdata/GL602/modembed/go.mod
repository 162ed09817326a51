module example.com/modembed

go 1.19
