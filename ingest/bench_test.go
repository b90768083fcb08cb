package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/source"
	"github.com/kg-project/kg/ingest/syntax/corenlp"
	"github.com/kg-project/kg/ingest/syntax/corenlp/corenlptest"
)

// corpusBytes is the size of the files of the sample corpus.
func corpusBytes(b *testing.B) int64 {
	var n int64
	err := filepath.WalkDir(sample, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, err := d.Info()
			if err == nil {
				n += info.Size()
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkPipeline measures the offline stages over the sample corpus and
// reports each as a multiple of plain reading (source.Read) measured in the
// same invocation: "x-read" is how many times slower than reading the
// files the stage is, a figure that does not depend on the machine's speed.
func BenchmarkPipeline(b *testing.B) {
	ctx := context.Background()
	size := corpusBytes(b)
	var readNs float64
	b.Run("reference=read", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, err := range source.Read(ctx, []string{sample}, source.Options{}) {
				_ = err
			}
		}
		readNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	for _, workers := range []int{1, 2} {
		name := "extract/workers=1"
		if workers == 2 {
			name = "extract/workers=2"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				_, err := ingest.Extract(ctx, []string{sample}, ingest.Options{Workers: workers}, func(extract.Result) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
			if readNs > 0 {
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/readNs, "x-read")
			}
		})
	}
	// With the parser (a CoreNLP server, KG_TEST_CORENLP_URL; make bench
	// starts one): the cost of reading sentence structure, against the
	// same reference.
	b.Run("extract+parse/workers=4", func(b *testing.B) {
		p, err := corenlp.New(corenlptest.URL(b), 5*time.Minute)
		if err != nil {
			b.Fatal(err)
		}
		run := func() {
			_, err := ingest.Extract(ctx, []string{sample}, ingest.Options{Workers: 4, Parser: p}, func(extract.Result) error { return nil })
			if err != nil {
				b.Fatal(err)
			}
		}
		// One untimed pass: a freshly started server runs several times
		// slower until its JIT compiler has warmed up.
		run()
		b.SetBytes(size)
		for b.Loop() {
			run()
		}
		if readNs > 0 {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/readNs, "x-read")
		}
	})
}

// BenchmarkIngest writes the sample corpus into an empty database, once with
// the default batching and once one document per transaction (the
// reference), and reports documents per second and the speed-up of batching.
func BenchmarkIngest(b *testing.B) {
	s := graphtest.Open(b)
	ctx := context.Background()
	run := func(b *testing.B, opts ingest.Options) float64 {
		var docs int
		b.ResetTimer()
		for b.Loop() {
			b.StopTimer()
			graphtest.Reset(b, s)
			b.StartTimer()
			sum, err := ingest.Run(ctx, []string{sample}, s, opts)
			if err != nil {
				b.Fatal(err)
			}
			docs = sum.Written
		}
		secs := b.Elapsed().Seconds() / float64(b.N)
		b.ReportMetric(float64(docs)/secs, "docs/s")
		return secs
	}
	// Warm the server's plan cache so both runs measure writing, not planning.
	graphtest.Reset(b, s)
	if _, err := ingest.Run(ctx, []string{sample}, s, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	var ref float64
	b.Run("reference=one-document-per-transaction", func(b *testing.B) {
		ref = run(b, ingest.Options{BatchDocs: 1, Workers: 1})
	})
	b.Run("batched", func(b *testing.B) {
		secs := run(b, ingest.Options{})
		if ref > 0 {
			b.ReportMetric(ref/secs, "x-faster-than-reference")
		}
	})
}
