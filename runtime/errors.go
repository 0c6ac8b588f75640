package runtime

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// goja writes stack frames as "\tat f (file:1:2(34))"; Node as "    at f (file:1:2)".
var gojaFrame = regexp.MustCompile(`(?m)^\tat `)
var gojaPC = regexp.MustCompile(`(:\d+:\d+)\(\d+\)`)

// Frames of our own plumbing (Reflect.apply in the invoke trampoline, Go functions) say nothing to
// a script author.
var plumbingFrame = regexp.MustCompile(`(?m)^\s+at (apply|[\w./-]+\.[\w().*-]+) \(native\)\n?`)

// syntaxPos finds goja's "Line 3:5" in a syntax error message.
var syntaxPos = regexp.MustCompile(`Line (\d+):(\d+) `)

// NodeStack rewrites a goja stack trace in Node's layout.
func NodeStack(s string) string {
	s = gojaFrame.ReplaceAllString(s, "    at ")
	s = plumbingFrame.ReplaceAllString(s, "")
	return gojaPC.ReplaceAllString(s, "$1")
}

// printValue writes an uncaught value to stderr the way node does: the error's stack (or the
// inspected value), its extra properties, and the runtime version line.
func (r *Runtime) printValue(v goja.Value) {
	text := ""
	if fn, ok := goja.AssertFunction(r.vm.Get("__h2jsFormatFatal")); ok {
		if s, err := fn(goja.Undefined(), v); err == nil {
			text = s.String()
		}
	}
	if text == "" {
		if o, ok := v.(*goja.Object); ok {
			if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
				text = st.String()
			}
		}
		if text == "" {
			text = v.String()
		}
	}
	fmt.Fprintf(r.opts.Stderr, "%s\n\nh2js %s (node %s API)\n", NodeStack(text), Version, NodeVersion)
}

// printUncaught prints a Go-side error from a JS call.
func (r *Runtime) printUncaught(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		r.printValue(ex.Value())
		return
	}
	fmt.Fprintln(r.opts.Stderr, err)
}

// printStartupError prints why the main script could not run (missing file, syntax error).
func (r *Runtime) printStartupError(err error) {
	var nf *mainNotFound
	var se *goja.CompilerSyntaxError
	switch {
	case errors.As(err, &nf):
		fmt.Fprintf(r.opts.Stderr, "Error: Cannot find module '%s'\n    at Function.Module._resolveFilename\n{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nh2js %s (node %s API)\n", nf.path, Version, NodeVersion)
	case errors.As(err, &se):
		// goja: "file: Line 3:5 Unexpected token ..."; node: "file:3\n...\nSyntaxError: ..."
		msg := se.Message
		loc := r.mainPath
		if m := syntaxPos.FindStringSubmatchIndex(msg); m != nil {
			line, col := atoi(msg[m[2]:m[3]]), atoi(msg[m[4]:m[5]])
			if line == 1 {
				col -= len(wrapperHead)
			}
			loc = fmt.Sprintf("%s:%d", r.mainPath, line)
			if src, err := os.ReadFile(r.mainPath); err == nil {
				if l := sourceLine(string(src), line); l != "" {
					loc += "\n" + l + "\n" + strings.Repeat(" ", max(col-1, 0)) + "^"
				}
			}
			msg = msg[m[1]:]
			if i := strings.Index(msg, " (and "); i >= 0 {
				msg = msg[:i]
			}
		}
		fmt.Fprintf(r.opts.Stderr, "%s\n\nSyntaxError: %s\n\nh2js %s (node %s API)\n", loc, msg, Version, NodeVersion)
	default:
		fmt.Fprintf(r.opts.Stderr, "%v\n\nh2js %s (node %s API)\n", err, Version, NodeVersion)
	}
}

func sourceLine(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
