module example.com/modcallers_twin

go 1.19
