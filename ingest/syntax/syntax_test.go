package syntax

import (
	"reflect"
	"testing"
)

func TestChildrenAndHeads(t *testing.T) {
	// "Iran and Oman met": enhanced arcs give "met" two subjects.
	s := Sentence{
		Tokens: []Token{{Word: "Iran"}, {Word: "and"}, {Word: "Oman"}, {Word: "met"}},
		Arcs: []Arc{
			{Head: -1, Dep: 3, Rel: "root"},
			{Head: 3, Dep: 0, Rel: "nsubj"},
			{Head: 0, Dep: 1, Rel: "cc"},
			{Head: 0, Dep: 2, Rel: "conj:and"},
			{Head: 3, Dep: 2, Rel: "nsubj"},
		},
	}
	tests := []struct {
		name string
		got  []Arc
		want []Arc
	}{
		{"children of met", s.Children(3), []Arc{{3, 0, "nsubj"}, {3, 2, "nsubj"}}},
		{"children of Iran", s.Children(0), []Arc{{0, 1, "cc"}, {0, 2, "conj:and"}}},
		{"no children", s.Children(1), nil},
		{"two heads of Oman", s.Heads(2), []Arc{{0, 2, "conj:and"}, {3, 2, "nsubj"}}},
		{"the root's head", s.Heads(3), []Arc{{-1, 3, "root"}}},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
