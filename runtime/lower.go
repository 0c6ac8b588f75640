package runtime

import (
	"bytes"
	"fmt"
	"regexp"

	"github.com/evanw/esbuild/pkg/api"
)

// goja has no `for await` and no async generator functions. Scripts that use them are lowered by
// esbuild to generators and promises (ES2017 + everything goja has), with an inline source map so
// stack traces still name the original lines. Other scripts are left byte-for-byte alone.
var needsLowering = regexp.MustCompile(`for\s+await\s*\(|async\s+function\s*\*|async\s+\*\s*[\[\w$]`)

func lowerIfNeeded(path string, src []byte) ([]byte, error) {
	if !needsLowering.Match(src) {
		return src, nil
	}
	shebang := []byte{}
	if bytes.HasPrefix(src, []byte("#!")) {
		// Keep the line count: blank the shebang instead of dropping it.
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			shebang = []byte("//" + string(src[2:i]))
			src = append(shebang, src[i:]...)
		}
	}
	res := api.Transform(string(src), api.TransformOptions{
		Loader:     api.LoaderJS,
		Format:     api.FormatDefault,
		Sourcefile: path,
		Sourcemap:  api.SourceMapInline,
		Supported: map[string]bool{
			"async-generator": false,
			"for-await":       false,
		},
	})
	if len(res.Errors) > 0 {
		e := res.Errors[0]
		if e.Location != nil {
			return nil, fmt.Errorf("%s:%d:%d: SyntaxError: %s", path, e.Location.Line, e.Location.Column+1, e.Text)
		}
		return nil, fmt.Errorf("%s: SyntaxError: %s", path, e.Text)
	}
	return res.Code, nil
}
