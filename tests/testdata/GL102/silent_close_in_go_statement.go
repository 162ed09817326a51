package gl102

// The function lets the wait go from a goroutine of its own, go close(release).
func releaseLater() {
	release := make(chan bool)
	go close(release)
	<-release
}
