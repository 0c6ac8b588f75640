// Command goserver is the pure-Go ceiling for bench/run.sh: x/net/http2's server answering the same
// hello-world (or 1 MB) response as bench/server.js.
//
//	goserver MODE PORT     MODE: h2c | tls | compat | big
package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/h2c"
)

func main() {
	mode, port := "h2c", "0"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	if len(os.Args) > 2 {
		port = os.Args[2]
	}
	body := []byte("hello world\n")
	if mode == "big" {
		body = make([]byte, 1<<20)
		for i := range body {
			body[i] = 'x'
		}
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("content-type", "text/plain")
		w.Header().Set("content-length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	srv := &http.Server{}
	if mode == "tls" {
		dir := filepath.Join(filepath.Dir(os.Args[0]), "..", "..", "js-tests", "fixtures")
		if d := os.Getenv("FIXTURES"); d != "" {
			dir = d
		}
		cert, err := tls.LoadX509KeyPair(filepath.Join(dir, "tls-cert.pem"), filepath.Join(dir, "tls-key.pem"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		srv.Handler = h
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: []string{"h2"}}
		if err := http2.ConfigureServer(srv, &http2.Server{}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("listening", ln.Addr().(*net.TCPAddr).Port)
		_ = srv.ServeTLS(ln, "", "")
		return
	}
	srv.Handler = h2c.NewHandler(h, &http2.Server{})
	fmt.Println("listening", ln.Addr().(*net.TCPAddr).Port)
	_ = srv.Serve(ln)
}
