package engine

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const h2specInstall = "go install github.com/summerwind/h2spec/cmd/h2spec@v2.2.1+incompatible"

// junit is the part of h2spec's JUnit report we read.
type junit struct {
	Suites []struct {
		Name    string `xml:"name,attr"`
		Package string `xml:"package,attr"` // "generic/…", "http2/…", "hpack/…"
		Cases   []struct {
			Name    string `xml:"classname,attr"` // h2spec puts the title here
			Failure *struct {
				Text string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *struct{} `xml:"skipped"`
			Error   *struct {
				Text string `xml:",chardata"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestH2specH2C(t *testing.T) { runH2spec(t, false) }
func TestH2specTLS(t *testing.T) { runH2spec(t, true) }

func runH2spec(t *testing.T, useTLS bool) {
	bin := findTool(t, "h2spec", h2specInstall)
	// startServer advertises MAX_CONCURRENT_STREAMS, so h2spec runs its
	// stream-concurrency case (5.1.2) instead of skipping it.
	srv := startServer(t, useTLS)
	report := filepath.Join(t.TempDir(), "h2spec.xml")
	// -S: strict mode, every case including the SHOULD-level ones.
	args := []string{"-S", "-h", "127.0.0.1", "-p", strconv.Itoa(srv.Port), "-j", report, "-o", "2"}
	if useTLS {
		args = append(args, "-t", "-k")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatalf("h2spec %v: no report (%v); output:\n%s", runErr, err, out.String())
	}
	// Frame dumps in the report may hold NUL bytes, which XML forbids.
	raw = bytes.ReplaceAll(raw, []byte{0}, []byte("\\x00"))
	var rep junit
	if err := xml.Unmarshal(raw, &rep); err != nil {
		t.Fatalf("parsing h2spec report: %v", err)
	}
	var passed, failed, skipped int
	var failures, skips []string
	perSection := map[string]int{}
	for _, s := range rep.Suites {
		section, _, _ := strings.Cut(s.Package, "/")
		for _, c := range s.Cases {
			perSection[section]++
			switch {
			case c.Failure != nil || c.Error != nil:
				failed++
				msg := ""
				if c.Failure != nil {
					msg = c.Failure.Text
				} else {
					msg = c.Error.Text
				}
				// h2spec writes "expected\nactual".
				msg = strings.TrimSpace(msg)
				failures = append(failures, s.Name+" "+c.Name+"\n        expected/actual: "+strings.ReplaceAll(msg, "\n", "\n        "))
			case c.Skipped != nil:
				skipped++
				skips = append(skips, s.Name+" "+c.Name)
			default:
				passed++
			}
		}
	}
	t.Logf("h2spec (tls=%v): %d passed, %d failed, %d skipped (cases per section: generic %d, http2 %d, hpack %d)",
		useTLS, passed, failed, skipped, perSection["generic"], perSection["http2"], perSection["hpack"])
	for _, sec := range []string{"generic", "http2", "hpack"} {
		if perSection[sec] == 0 {
			t.Errorf("h2spec ran no %s case", sec)
		}
	}
	for _, sk := range skips {
		t.Logf("h2spec skipped: %s", sk)
	}
	for _, f := range failures {
		t.Errorf("h2spec failure: %s", f)
	}
	if passed == 0 {
		t.Fatalf("h2spec ran no case (exit %v); output:\n%s", runErr, out.String())
	}
	if failed == 0 && runErr != nil {
		t.Errorf("h2spec exited with %v though no case failed; output:\n%s", runErr, out.String())
	}
}
