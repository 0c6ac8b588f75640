package sockets

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// tlsOptions is what tls.js hands over (already normalised: PEM strings, ALPN names).
type tlsOptions struct {
	certs       []tls.Certificate
	roots       *x509.CertPool // nil: the system roots
	servername  string
	alpn        []string
	requestCert bool
	minVersion  uint16
	maxVersion  uint16
}

func strList(vm *goja.Runtime, v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var out []string
	if err := vm.ExportTo(v, &out); err != nil {
		return nil
	}
	return out
}

func getString(o *goja.Object, name string) string {
	v := o.Get(name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

var versions = map[string]uint16{"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13}

func parseTLSOptions(vm *goja.Runtime, o *goja.Object) (*tlsOptions, error) {
	t := &tlsOptions{servername: getString(o, "servername"), alpn: strList(vm, o.Get("ALPNProtocols"))}
	if v := o.Get("requestCert"); v != nil {
		t.requestCert = v.ToBoolean()
	}
	if ca := strList(vm, o.Get("ca")); len(ca) > 0 {
		t.roots = x509.NewCertPool()
		for _, pem := range ca {
			if !t.roots.AppendCertsFromPEM([]byte(pem)) {
				return nil, errors.New("tls: no certificate found in ca option")
			}
		}
	}
	certs, keys := strList(vm, o.Get("cert")), strList(vm, o.Get("key"))
	for i := range certs {
		if i >= len(keys) {
			break
		}
		pair, err := tls.X509KeyPair([]byte(certs[i]), []byte(keys[i]))
		if err != nil {
			return nil, err
		}
		t.certs = append(t.certs, pair)
	}
	t.minVersion = versions[getString(o, "minVersion")]
	t.maxVersion = versions[getString(o, "maxVersion")]
	if t.minVersion == 0 {
		t.minVersion = tls.VersionTLS12
	}
	return t, nil
}

// clientConfig verifies nothing itself: the chain is checked by verify() so that failures get
// OpenSSL's codes, and the host name by tls.checkServerIdentity in JS, both as in Node.
func (t *tlsOptions) clientConfig(serverName string) *tls.Config {
	return &tls.Config{
		ServerName:         serverName,
		NextProtos:         t.alpn,
		Certificates:       t.certs,
		InsecureSkipVerify: true, //nolint:gosec // verified by verify() and checkServerIdentity
		MinVersion:         t.minVersion,
		MaxVersion:         t.maxVersion,
	}
}

func (t *tlsOptions) serverConfig() *tls.Config {
	cfg := &tls.Config{
		Certificates: t.certs,
		NextProtos:   t.alpn,
		MinVersion:   t.minVersion,
		MaxVersion:   t.maxVersion,
	}
	if t.requestCert {
		cfg.ClientAuth = tls.RequestClientCert
	}
	return cfg
}

// verdict is the outcome of chain verification, with OpenSSL's error code and text.
type verdict struct {
	ok      bool
	code    string
	message string
}

func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignatureFrom(c) == nil
}

func verify(chain []*x509.Certificate, roots *x509.CertPool, client bool) verdict {
	if len(chain) == 0 {
		if client {
			return verdict{code: "UNABLE_TO_GET_ISSUER_CERT", message: "peer did not return a certificate"}
		}
		return verdict{code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", message: "unable to verify the first certificate"}
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	_, err := chain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err == nil {
		return verdict{ok: true}
	}
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		last := chain[len(chain)-1]
		switch {
		case len(chain) == 1 && selfSigned(chain[0]):
			return verdict{code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate"}
		case selfSigned(last):
			return verdict{code: "SELF_SIGNED_CERT_IN_CHAIN", message: "self-signed certificate in certificate chain"}
		case len(chain) == 1:
			return verdict{code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", message: "unable to verify the first certificate"}
		default:
			return verdict{code: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", message: "unable to get local issuer certificate"}
		}
	case errors.As(err, &ci) && ci.Reason == x509.Expired:
		if time.Now().Before(ci.Cert.NotBefore) {
			return verdict{code: "CERT_NOT_YET_VALID", message: "certificate is not yet valid"}
		}
		return verdict{code: "CERT_HAS_EXPIRED", message: "certificate has expired"}
	}
	return verdict{code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", message: err.Error()}
}

func protocolName(v uint16) string {
	switch v {
	case tls.VersionTLS13:
		return "TLSv1.3"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS10:
		return "TLSv1"
	}
	return "unknown"
}

func tlsInfo(vm *goja.Runtime, st *tls.ConnectionState, v verdict) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("protocol", protocolName(st.Version))
	if st.NegotiatedProtocol != "" {
		_ = o.Set("alpnProtocol", st.NegotiatedProtocol)
	} else {
		_ = o.Set("alpnProtocol", false)
	}
	_ = o.Set("servername", st.ServerName)
	_ = o.Set("authorized", v.ok)
	if !v.ok && v.code != "" {
		_ = o.Set("authorizationError", v.code)
		_ = o.Set("authorizationMessage", v.message)
	}
	_ = o.Set("cipher", tls.CipherSuiteName(st.CipherSuite))
	return o
}

// nameObject renders a distinguished name as Node does ({ C, ST, L, O, OU, CN }).
func nameObject(vm *goja.Runtime, n pkix.Name) *goja.Object {
	o := vm.NewObject()
	set := func(k string, vals []string) {
		if len(vals) == 1 {
			_ = o.Set(k, vals[0])
		} else if len(vals) > 1 {
			_ = o.Set(k, vals)
		}
	}
	set("C", n.Country)
	set("ST", n.Province)
	set("L", n.Locality)
	set("O", n.Organization)
	set("OU", n.OrganizationalUnit)
	if n.CommonName != "" {
		_ = o.Set("CN", n.CommonName)
	}
	return o
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

func altNames(c *x509.Certificate) string {
	var parts []string
	for _, d := range c.DNSNames {
		parts = append(parts, "DNS:"+d)
	}
	for _, ip := range c.IPAddresses {
		parts = append(parts, "IP Address:"+ip.String())
	}
	for _, e := range c.EmailAddresses {
		parts = append(parts, "email:"+e)
	}
	for _, u := range c.URIs {
		parts = append(parts, "URI:"+u.String())
	}
	return strings.Join(parts, ", ")
}

const opensslTime = "Jan _2 15:04:05 2006 GMT"

func certInfo(vm *goja.Runtime, chain []*x509.Certificate, detailed bool) *goja.Object {
	c := chain[0]
	o := vm.NewObject()
	_ = o.Set("subject", nameObject(vm, c.Subject))
	_ = o.Set("issuer", nameObject(vm, c.Issuer))
	if san := altNames(c); san != "" {
		_ = o.Set("subjectaltname", san)
	}
	_ = o.Set("ca", c.IsCA)
	_ = o.Set("valid_from", c.NotBefore.UTC().Format(opensslTime))
	_ = o.Set("valid_to", c.NotAfter.UTC().Format(opensslTime))
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	_ = o.Set("fingerprint", colonHex(s1[:]))
	_ = o.Set("fingerprint256", colonHex(s256[:]))
	_ = o.Set("serialNumber", strings.ToUpper(fmt.Sprintf("%X", (*big.Int)(c.SerialNumber))))
	_ = o.Set("raw", vm.NewArrayBuffer(append([]byte(nil), c.Raw...)))
	if detailed && len(chain) > 1 {
		_ = o.Set("issuerCertificate", certInfo(vm, chain[1:], true))
	} else if detailed && selfSigned(c) {
		_ = o.Set("issuerCertificate", o)
	}
	return o
}

// tlsFailure describes a failed handshake.
func tlsFailure(err error) sysErr {
	var se sysErr
	var ae tls.AlertError
	var re *tls.RecordHeaderError
	switch {
	case errors.As(err, &ae):
		se.code = "ERR_SSL_" + strings.ToUpper(strings.ReplaceAll(strings.TrimPrefix(ae.Error(), "tls: "), " ", "_"))
	case errors.As(err, &re):
		se.code = "ERR_SSL_WRONG_VERSION_NUMBER"
	default:
		c := classify(err, "read")
		if c.code != "UNKNOWN" {
			c.message = "Client network socket disconnected before secure TLS connection was established"
			return c
		}
		se.code = "ERR_SSL_HANDSHAKE_FAILURE"
	}
	se.message = err.Error()
	return se
}
