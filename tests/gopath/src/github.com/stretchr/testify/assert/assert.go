// Package assert is a stand-in for testify's assert with the same signatures, so that
// fixed testdata that imports it compiles without a module download (GOPATH mode).
package assert

// TestingT is what the assertions report to.
type TestingT interface {
	Errorf(format string, args ...interface{})
}

// NoError reports err and returns false when it is not nil.
func NoError(t TestingT, err error, msgAndArgs ...interface{}) bool {
	if err != nil {
		t.Errorf("unexpected error: %v", err)
		return false
	}
	return true
}

// Equal reports and returns false when expected and actual differ.
func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	if expected != actual {
		t.Errorf("not equal: %v != %v", expected, actual)
		return false
	}
	return true
}
