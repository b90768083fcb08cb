// Package browser connects kg to Neo4j Browser: the style sheet (GraSS)
// that colours and captions the graph model, the Browser guide that lists
// the query library, and links that open the Browser on the configured
// server with a query ready in the editor.
package browser
