package main

import (
	"fmt"
	"os/exec"

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
  kg browser guide > guide.html`,
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
	return c
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
