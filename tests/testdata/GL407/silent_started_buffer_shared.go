package gl407

import "time"

type wsConn interface{ ReadMessage() (int, []byte, error) }

// Both readers get the one result channel, made with a slot for each: every
// run sends once and returns, so neither send waits.
func expectBoth(cl, cl2 wsConn) error {
	respC := make(chan error, 2)
	go expectReply(cl, respC)
	go expectReply(cl2, respC)
	if err := <-respC; err != nil {
		return err
	}
	return <-respC
}

func expectReply(cl wsConn, respC chan error) {
	timeout := time.NewTimer(time.Second)
	defer timeout.Stop()
	for {
		select {
		case <-timeout.C:
			respC <- nil
			return
		default:
			_, msg, err := cl.ReadMessage()
			if err != nil {
				respC <- err
				return
			}
			if msg == nil {
				continue
			}
			respC <- nil
			return
		}
	}
}
