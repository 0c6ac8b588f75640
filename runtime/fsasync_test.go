package runtime

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Both ends of a FIFO opened and used by one script: fs.open, fs.read and fs.writeFile send the
// binding's waiting calls off the loop, so neither end waits for a loop blocked on the other.
func TestFSAsyncFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "p")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	src := `
		const fs = require('fs');
		const p = ` + "`" + fifo + "`" + `;
		const log = [];
		process.on('exit', () => console.log(log.sort().join('|')));
		fs.open(p, 'r', (err, fd) => {
			if (err) throw err;
			const buf = Buffer.alloc(8);
			fs.read(fd, buf, 2, 6, null, (err, n) => {
				if (err) throw err;
				log.push('read ' + n + ' ' + buf.toString('latin1', 2, 2 + n));
				fs.closeSync(fd);
			});
		});
		fs.writeFile(p, 'hi', (err) => {
			if (err) throw err;
			log.push('wrote');
		});
		fs.open(p + '.missing', 'r', (err) => log.push('missing ' + err.code + ' ' + err.syscall));
	`
	code, out, errOut := run(t, src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got := strings.TrimSpace(out)
	for _, want := range []string{"wrote", "read 2 hi", "missing ENOENT open"} {
		if !strings.Contains(got, want) {
			t.Errorf("output %q lacks %q", got, want)
		}
	}
}
