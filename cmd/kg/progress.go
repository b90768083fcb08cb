package main

import (
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/kg-project/kg/ingest"
)

// progress shows a run's advance: a bar on stderr when stderr is a terminal,
// otherwise an info log line every few seconds (for schedulers' logs).
// Its methods are called from the pipeline's single consumer goroutine.
type progress struct {
	a        *app
	bar      *progressbar.ProgressBar
	done     int
	failed   int
	lastLog  time.Time
	interval time.Duration
}

func (a *app) newProgress(what string, enabled bool) *progress {
	p := &progress{a: a, lastLog: time.Now(), interval: 5 * time.Second}
	if enabled && isTerminal(a.stderr) {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) document(e ingest.DocumentEvent) {
	p.done++
	if e.Status == ingest.StatusFailed {
		p.failed++
		p.a.log.Warn().Str("source", e.Locator).Err(e.Err).Msg("document skipped")
	} else {
		p.a.logParseFallback(e)
		p.a.log.Debug().Str("source", e.Locator).Str("id", e.ID).Str("status", string(e.Status)).
			Int("entities", e.Entities).Int("relations", e.Relations).Msg("document")
	}
	if p.bar != nil {
		_ = p.bar.Add(1)
		return
	}
	if time.Since(p.lastLog) >= p.interval {
		p.lastLog = time.Now()
		p.a.log.Info().Int("documents", p.done).Int("failed", p.failed).Msg("progress")
	}
}

// logParseFallback logs, as one warning line, a document the parser failed
// on and that was extracted without a parse: the run goes on and the
// document is in its output, with fewer relations than the parse might have
// given, until a run whose parser answers rewrites it.
func (a *app) logParseFallback(e ingest.DocumentEvent) {
	if e.ParseErr != nil {
		a.log.Warn().Str("source", e.Locator).Err(e.ParseErr).Msg("parse failed, extracted without parser")
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
