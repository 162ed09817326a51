module example.com/modcallers

go 1.19
