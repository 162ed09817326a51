module example.com/modhertz_twin

go 1.19

require github.com/cloudwego/hertz v0.0.0

replace github.com/cloudwego/hertz => ./hertz
