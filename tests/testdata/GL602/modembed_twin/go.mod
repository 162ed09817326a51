module example.com/modembed_twin

go 1.19
