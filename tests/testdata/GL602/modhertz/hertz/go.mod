module github.com/cloudwego/hertz

go 1.19
