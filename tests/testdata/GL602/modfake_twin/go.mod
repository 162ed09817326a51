module example.com/modfake_twin

go 1.19
