package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"time"

	"github.com/kg-project/kg/browser"
	"github.com/spf13/cobra"
)

// browserOptions are the flags of kg browser.
type browserOptions struct {
	params     []string
	open       bool
	browserURL string
}

func (a *app) newBrowserCmd() *cobra.Command {
	var o browserOptions
	c := &cobra.Command{
		Use:   "browser [QUERY] [--param key=value ...] [--open]",
		Short: "Print a Neo4j Browser link to the configured server, with a library query ready to run",
		Long: `Print a link that opens Neo4j Browser on the configured server (it asks for
the password) with QUERY in the editor, its parameters written in as values.
Without QUERY the link only connects. --open opens it ($BROWSER, xdg-open or
chromium).

The Browser's address is --browser-url, else $KG_BROWSER_URL, else the Bolt
host on port 7474.`,
		Example: `  kg browser who-met-whom --param name=Araghchi --open
  kg browser style > kg.grass
  kg browser guide > guide.html
  kg browser serve`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return a.runBrowser(name, o)
		},
	}
	addParamFlag(c, &o.params)
	c.Flags().BoolVar(&o.open, "open", false, "open the link in a web browser")
	c.Flags().StringVar(&o.browserURL, "browser-url", "", "Neo4j Browser address (env KG_BROWSER_URL; default: the Bolt host, port 7474, /browser/)")

	var asJSON bool
	style := &cobra.Command{
		Use:   "style",
		Short: "Print kg's Neo4j Browser style sheet (GraSS)",
		Long: `Print the style sheet that gives each entity type its colour and its name as
caption. Load it in Browser with :style followed by the sheet, or drag the
file onto the Browser window. --json prints the one-line form that fits the
server setting browser.post_connect_cmd=style {...}.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			text := browser.Style()
			if asJSON {
				s, err := browser.StyleJSON()
				if err != nil {
					return err
				}
				text = s + "\n"
			}
			_, err := fmt.Fprint(a.stdout, text)
			return err
		},
	}
	style.Flags().BoolVar(&asJSON, "json", false, "one-line JSON form")
	c.AddCommand(style)
	c.AddCommand(&cobra.Command{
		Use:   "guide",
		Short: "Print a Neo4j Browser guide (for :play) listing the query library",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			lib, err := a.library()
			if err != nil {
				return err
			}
			out, err := browser.Guide(lib, nil)
			if err != nil {
				return err
			}
			_, err = a.stdout.Write(out)
			return err
		},
	})
	var addr string
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the guide and the style sheet for Neo4j Browser's :play and :style",
		Long: `Serve the query guide and the style sheet on localhost (a host Neo4j Browser
fetches from by default) until interrupted, and print the Browser commands
that load them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runBrowserServe(cmd.Context(), addr)
		},
	}
	serve.Flags().StringVar(&addr, "addr", "localhost:7460", "address to listen on (port 0: any free port)")
	c.AddCommand(serve)
	return c
}

// runBrowserServe serves the guide and style until ctx ends.
func (a *app) runBrowserServe(ctx context.Context, addr string) error {
	lib, err := a.library()
	if err != nil {
		return err
	}
	guide, err := browser.Guide(lib, nil)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("browser serve: %w", err)
	}
	host, _, _ := net.SplitHostPort(addr)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	base := "http://" + net.JoinHostPort(host, port)
	if _, err := fmt.Fprintf(a.stdout, "serving %s/ — in Neo4j Browser run:\n%s", base, browser.Commands(base)); err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{Handler: browser.Handler(guide), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("browser serve: %w", err)
	}
	return nil
}

func (a *app) runBrowser(name string, o browserOptions) error {
	link, err := a.browserLink(o.browserURL)
	if err != nil {
		return err
	}
	stmt := ""
	if name != "" {
		q, params, err := a.prepare(name, o.params)
		if err != nil {
			return err
		}
		if stmt, err = q.Inline(params); err != nil {
			return err
		}
	} else if len(o.params) > 0 {
		return usageError{fmt.Errorf("--param needs a QUERY")}
	}
	u, err := link.URL(stmt)
	if err != nil {
		return usageError{err}
	}
	if _, err := fmt.Fprintln(a.stdout, u); err != nil {
		return err
	}
	if o.open {
		return a.openURL(u)
	}
	return nil
}

// browserLink builds the link settings from the configuration.
func (a *app) browserLink(flag string) (browser.Link, error) {
	c := a.cfg.Neo4j
	base := flag
	if base == "" {
		base = a.getenv("KG_BROWSER_URL")
	}
	if base == "" {
		var err error
		if base, err = browser.DefaultBrowserURL(c.URI); err != nil {
			return browser.Link{}, usageError{err}
		}
	}
	return browser.Link{Browser: base, Bolt: c.URI, Username: c.Username, Database: c.Database}, nil
}

// openURL starts a web browser on u without waiting for it.
func (a *app) openURL(u string) error {
	candidates := []string{a.getenv("BROWSER"), "xdg-open", "chromium", "chromium-browser"}
	for _, name := range candidates {
		if name == "" {
			continue
		}
		path, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		cmd := exec.Command(path, u)
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("open %s: %w", name, err)
		}
		a.log.Debug().Str("with", path).Msg("opened the link")
		return cmd.Process.Release()
	}
	return fmt.Errorf("open the link: none of $BROWSER, xdg-open or chromium is installed; copy the link above")
}
