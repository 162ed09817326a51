package rt

import "time"

func slow() { time.Sleep(20 * time.Millisecond) }
