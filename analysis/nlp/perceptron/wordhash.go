package perceptron

// Feature hashes of a word's forms, shared by the tagger and the entity tagger so that
// both read a word the same way. They hash without building the strings they stand for.

// HashLower hashes w lower-cased (ASCII letters) under template.
func HashLower(template uint32, w string) uint64 {
	return MixLower(Hash(template, ""), w)
}

// MixLower mixes w, lower-cased (ASCII letters), into the hash h.
func MixLower(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = MixByte(h, c)
	}
	return h
}

// HashAffix hashes the lower-cased first (or, with suffix, last) n bytes of w.
func HashAffix(template uint32, w string, n int, suffix bool) uint64 {
	if len(w) > n {
		if suffix {
			w = w[len(w)-n:]
		} else {
			w = w[:n]
		}
	}
	return HashLower(template, w)
}

// HashShape hashes the word's shape: X for upper case, x for lower case, d for digits, u
// for other letters, other bytes as they are, runs of more than two of a kind cut to two
// ("Kyiv" → "Xxx", "1,000" → "d,dd").
func HashShape(template uint32, w string) uint64 {
	h := Hash(template, "")
	var last byte
	run := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c = 'X'
		case c >= 'a' && c <= 'z':
			c = 'x'
		case c >= '0' && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h = MixByte(h, c)
	}
	return h
}
