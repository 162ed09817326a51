module example.com/modlibrary

go 1.19
