package perceptron

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// separable makes examples of 3 classes: each has its own marker feature
// plus two noise features shared by all classes.
func separable(n int) (feats [][]uint64, labels []int) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		c := r.IntN(3)
		feats = append(feats, []uint64{
			Hash(1, fmt.Sprint("class", c)),
			Hash(2, fmt.Sprint("noise", r.IntN(5))),
			Hash2(3, "bias", ""),
		})
		labels = append(labels, c)
	}
	return feats, labels
}

func train(t *testing.T) (*Model, [][]uint64, []int) {
	t.Helper()
	feats, labels := separable(300)
	m := New(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for i, f := range feats {
			m.Score(f, scores)
			m.Update(f, labels[i], Best(scores))
			m.Tick()
		}
	}
	m.Average()
	return m, feats, labels
}

func TestLearnsSeparable(t *testing.T) {
	m, feats, labels := train(t)
	scores := make([]float32, m.Classes())
	for i, f := range feats {
		m.Score(f, scores)
		if got := Best(scores); got != labels[i] {
			t.Fatalf("example %d: predicted %d, want %d (scores %v)", i, got, labels[i], scores)
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	m, feats, _ := train(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := m.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Error("MarshalBinary is not deterministic")
	}
	l, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if l.Classes() != 3 || l.Features() != m.Features() {
		t.Fatalf("loaded %d classes %d features, want 3 and %d", l.Classes(), l.Features(), m.Features())
	}
	s1, s2 := make([]float32, 3), make([]float32, 3)
	for i, f := range feats {
		m.Score(f, s1)
		l.Score(f, s2)
		if Best(s1) != Best(s2) {
			t.Fatalf("example %d: loaded model predicts %d, original %d", i, Best(s2), Best(s1))
		}
	}
	if _, err := Load(b[:len(b)-1]); err == nil {
		t.Error("truncated model accepted")
	}
	if _, err := Load([]byte("nope")); err == nil {
		t.Error("garbage accepted")
	}
}

func TestPrune(t *testing.T) {
	m, feats, labels := train(t)
	before := m.Features()
	m.Prune(1e9)
	if m.Features() != 0 {
		t.Errorf("Prune(huge) kept %d of %d features", m.Features(), before)
	}
	m, _, _ = train(t)
	m.Prune(1e-6)
	scores := make([]float32, 3)
	for i, f := range feats {
		m.Score(f, scores)
		if Best(scores) != labels[i] {
			t.Fatalf("after a tiny prune, example %d is wrong", i)
		}
	}
}

func TestHash(t *testing.T) {
	if Hash(1, "a") == Hash(2, "a") {
		t.Error("template does not change the key")
	}
	if Hash2(1, "ab", "c") == Hash2(1, "a", "bc") {
		t.Error("Hash2 pair boundary is ambiguous")
	}
	if n := testing.AllocsPerRun(100, func() { _ = Hash2(7, "word", "suffix") }); n != 0 {
		t.Errorf("Hash2 allocates %v times", n)
	}
}

func BenchmarkScore(b *testing.B) {
	m := New(50)
	feats := make([]uint64, 30)
	for i := range 100000 {
		for j := range feats {
			feats[j] = Hash(uint32(j), fmt.Sprint(i%5000+j))
		}
		m.Update(feats, i%50, (i+1)%50)
		m.Tick()
	}
	m.Average()
	scores := make([]float32, 50)
	b.ResetTimer()
	for b.Loop() {
		for j := range feats {
			feats[j] = Hash(uint32(j), "x")
		}
		m.Score(feats, scores)
	}
}

func TestSnapshot(t *testing.T) {
	feats, labels := separable(300)
	m := New(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 3; epoch++ {
		for i, f := range feats {
			m.Score(f, scores)
			m.Update(f, labels[i], Best(scores))
			m.Tick()
		}
	}
	snap := m.Snapshot()
	b1, _ := snap.MarshalBinary()
	m.Average()
	b2, _ := m.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("snapshot differs from the averaged model")
	}
}

func TestMerge(t *testing.T) {
	m1, feats, labels := train(t)
	m2, _, _ := train(t)
	merged, err := Merge(m1, m2)
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := make([]float32, 3), make([]float32, 3)
	for i, f := range feats {
		m1.Score(f, s1)
		merged.Score(f, s2)
		if Best(s2) != labels[i] {
			t.Fatalf("merged model wrong on example %d", i)
		}
		for c := range s1 {
			if d := s1[c] - s2[c]; d > 1e-2 || d < -1e-2 {
				t.Fatalf("merge of two equal models changes scores: %v vs %v", s1, s2)
			}
		}
	}
	if _, err := Merge(m1, New(3)); err == nil {
		t.Error("merged a model still training")
	}
}

// A loaded model of several hundred thousand features (a table far larger
// than one bucket of the slot-order insertion, as the parser's is) finds
// every feature with its weights, and no absent one.
func TestLoadLargeTable(t *testing.T) {
	const n = 300_000
	r := rand.New(rand.NewPCG(7, 8))
	b := newBuilder(n)
	b.quantised, b.scale = true, 0.5
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = uint64(i)*2654435761 + 1 // distinct, increasing
	}
	want := map[uint64][]entry{}
	for _, k := range keys {
		for c := range 1 + r.IntN(3) {
			w := int16(r.IntN(2000) - 1000)
			b.add(k, c, float32(w))
			if w != 0 { // a packed slot of three classes holds every class's weight, zero or not
				want[fixKey(k)] = append(want[fixKey(k)], entry{w: w, class: uint16(c)})
			}
		}
	}
	m := &Model{classes: 3, table: b.build()}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if l.packed == nil || l.Features() != n {
		t.Fatalf("%d features loaded, want %d read in place", l.Features(), n)
	}
	if err := l.Check(); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		got := l.packed.weights(k)
		if fmt.Sprint(got) != fmt.Sprint(want[fixKey(k)]) {
			t.Fatalf("feature %d: entries %v, want %v", k, got, want[fixKey(k)])
		}
	}
	for i := range 1000 {
		if got := l.packed.weights(uint64(i)*2654435761 + 2); got != nil {
			t.Fatalf("absent feature found with %v", got)
		}
	}
	if again, _ := l.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the loaded model does not encode to the same bytes")
	}
}

// A model of three classes packs one int16 per class into each slot, and
// one of many classes lists its entries; both score like the trained model,
// bit for bit.
func TestPackedKindsScoreLikeTrained(t *testing.T) {
	for _, classes := range []int{3, 40} {
		m := New(classes)
		feats := make([]uint64, 20)
		for i := range 20000 {
			for j := range feats {
				feats[j] = Hash(uint32(j), fmt.Sprint(i%3000+j))
			}
			m.Update(feats, i%classes, (i*7+1)%classes)
			m.Tick()
		}
		m.Average()
		data, _ := m.MarshalBinary()
		l, err := Load(data)
		if err != nil {
			t.Fatal(err)
		}
		if dense := l.packed.dense; dense != (classes == 3) {
			t.Errorf("%d classes: dense slots %v", classes, dense)
		}
		if err := l.Check(); err != nil {
			t.Fatal(err)
		}
		s1, s2 := make([]float32, classes), make([]float32, classes)
		for i := range 5000 {
			for j := range feats {
				feats[j] = Hash(uint32(j), fmt.Sprint(i+j))
			}
			m.Score(feats, s1)
			l.Score(feats, s2)
			if fmt.Sprint(s1) != fmt.Sprint(s2) {
				t.Fatalf("%d classes, example %d: loaded scores %v, trained %v", classes, i, s2, s1)
			}
		}
	}
}

// Two features of one probe run with one fingerprint would make the
// second unreachable: place refuses such a layout, and pack then tries the
// next multiplier.
func TestPlaceRefusesSharedFingerprint(t *testing.T) {
	keys := make([]uint64, 100)
	for i := range keys {
		keys[i] = uint64(i + 1)
	}
	// 100 keys in 128 slots: some land on a taken home and probe.
	if _, ok := place(keys, 128, 0); ok { // multiplier 0: every fingerprint is 1
		t.Error("place accepted keys of one run with one fingerprint")
	}
	if _, ok := place(keys, 128, fpMulBase); !ok {
		t.Error("place refused distinct fingerprints")
	}
}

func TestLoadRejectsDamagedPackedModel(t *testing.T) {
	m, _, _ := train(t)
	data, _ := m.MarshalBinary()
	for _, cut := range []int{len(magicPacked) + 2, len(data) / 2, len(data) - 1} {
		if _, err := Load(data[:cut]); err == nil {
			t.Errorf("model cut to %d of %d bytes accepted", cut, len(data))
		}
	}
}
