package gl505

import (
	"os"
	"testing"
)

// checkConfigFile reports an error that comes from the file system: it differs from run to run.
func checkConfigFile(t *testing.T) {
	if _, err := os.ReadFile("testdata/config.json"); err != nil {
		t.Errorf("read: %v", err)
	}
}

func TestNamedFileReport(t *testing.T) {
	go checkConfigFile(t) // want `checkConfigFile may call t\.Errorf after the test returns`
}
