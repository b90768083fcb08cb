package graph_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
)

func TestOpenErrors(t *testing.T) {
	good := graphtest.Config(t)
	tests := []struct {
		name string
		edit func(c *graph.Config)
		want error
	}{
		{"unreachable server", func(c *graph.Config) { c.URI = "bolt://127.0.0.1:1" }, graph.ErrUnreachable},
		{"wrong password", func(c *graph.Config) { c.Password = "not-the-password-42" }, graph.ErrAuth},
		{"unknown database", func(c *graph.Config) { c.Database = "nosuchdatabase" }, graph.ErrDatabaseNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := good
			tt.edit(&cfg)
			start := time.Now()
			s, err := graph.Open(context.Background(), cfg)
			if err == nil {
				s.Close(context.Background())
				t.Fatal("Open succeeded; want an error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v; want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), cfg.URI) {
				t.Errorf("error %q does not name the server %s", err, cfg.URI)
			}
			if cfg.Password != "" && strings.Contains(err.Error(), cfg.Password) {
				t.Errorf("error %q shows the password", err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %s; want a few seconds at most", d)
			}
		})
	}
}

func TestPing(t *testing.T) {
	s := graphtest.Open(t)
	info, err := s.Ping(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(info.Version, "5.") || info.Edition == "" || info.Address == "" {
		t.Errorf("ping = %+v; want a 5.x server with an edition and an address", info)
	}
}

func TestRead(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	write(t, s, docA())
	res, err := s.Read(context.Background(),
		"MATCH (e:Entity) WHERE e.type = $type RETURN e.id AS id, e.name AS name ORDER BY id",
		map[string]any{"type": "Person"})
	if err != nil {
		t.Fatal(err)
	}
	want := "[id name] [[person:abbas-araghchi Abbas Araghchi] [person:steve-witkoff Steve Witkoff]]"
	if got := strings.Join([]string{fmtAny(res.Keys), fmtAny(res.Records)}, " "); got != want {
		t.Errorf("got %s; want %s", got, want)
	}
	_, err = s.Read(context.Background(), "CREATE (:Document {id: 'sneaky'})", nil)
	if !errors.Is(err, graph.ErrQuery) {
		t.Errorf("a write through Read: got %v; want ErrQuery (read transactions refuse writes)", err)
	}
	_, err = s.Read(context.Background(), "MATCH (n RETURN n", nil)
	if !errors.Is(err, graph.ErrQuery) {
		t.Errorf("a syntax error: got %v; want ErrQuery", err)
	}
}
