module example.com/modnever_twin

go 1.19
