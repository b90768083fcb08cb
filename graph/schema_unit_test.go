package graph

import (
	"strings"
	"testing"
)

func TestSchemaStatementsParse(t *testing.T) {
	stmts, err := parseStatements(schemaText)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, st := range stmts {
		if names[st.Name] {
			t.Errorf("statement name %s used twice", st.Name)
		}
		names[st.Name] = true
		if st.Mode != ":schema" {
			t.Errorf("%s: mode %s; want :schema", st.Name, st.Mode)
		}
		if !strings.Contains(st.Text, "IF NOT EXISTS") {
			t.Errorf("%s is not idempotent: %s", st.Name, st.Text)
		}
		if strings.HasSuffix(st.Text, ";") {
			t.Errorf("%s keeps its semicolon", st.Name)
		}
	}
	if len(stmts) != 12 {
		t.Errorf("got %d schema statements; want 12", len(stmts))
	}
}

func TestParseStatementsRejectsBadHeader(t *testing.T) {
	for _, text := range []string{"// name: X\nRETURN 1;", "RETURN 1;", "// name: X :read extra\nRETURN 1;"} {
		if _, err := parseStatements(text); err == nil {
			t.Errorf("parseStatements(%q) succeeded; want an error", text)
		}
	}
}

func TestQuoteName(t *testing.T) {
	if got, want := quoteName("A`B"), "`A``B`"; got != want {
		t.Errorf("quoteName = %s; want %s", got, want)
	}
}

func TestTypedStatementsCoverVocabulary(t *testing.T) {
	for _, typ := range EntityTypes {
		if !strings.Contains(writeEntityStatements[typ], "SET e:`"+typ+"`") {
			t.Errorf("no entity statement for %s", typ)
		}
	}
	for _, typ := range RelationTypes {
		if !strings.Contains(mergeEdgeStatements[typ], "[r:`"+typ+"`]") || !strings.Contains(deleteEdgeStatements[typ], "[r:`"+typ+"`]") {
			t.Errorf("no edge statements for %s", typ)
		}
	}
}
