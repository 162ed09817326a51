package gl407

import "time"

type wsConnTwin interface{ ReadMessage() (int, []byte, error) }

// Both readers get the one result channel, made with one slot: the second
// send waits for a receive that the early return on an error skips.
func expectBothTwin(cl, cl2 wsConnTwin) error {
	respC := make(chan error, 1)
	go expectReplyTwin(cl, respC)
	go expectReplyTwin(cl2, respC)
	if err := <-respC; err != nil {
		return err
	}
	return <-respC
}

func expectReplyTwin(cl wsConnTwin, respC chan error) {
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
				respC <- err // want "blocks in the select.s default"
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
