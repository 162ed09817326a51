module example.com/modlibrary/tools

go 1.19

require example.com/modlibrary v0.0.0

replace example.com/modlibrary => ../
