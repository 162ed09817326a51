module example.com/modcli

go 1.21
