module example.com/modshadow_twin

go 1.19
