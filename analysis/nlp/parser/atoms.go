package parser

// Atoms are the 64-bit hashes of the strings features are made of (word
// forms, tags, suffixes, labels). They are computed once per word, so feature
// extraction only mixes integers and never builds strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Salts keep atoms of different kinds apart ("NN" the word vs NN the tag).
const (
	saltWord uint64 = iota + 1
	saltXPOS
	saltUPOS
	saltSuffix
	saltLabel
	saltNone
	saltRoot
)

// atomWord hashes a form lowercased and with every digit read as 0, so that
// "The" and "the", or "1987" and "2024", share their features.
func atomWord(form string) uint64 {
	h := uint64(fnvOffset) ^ saltWord
	for i := 0; i < len(form); i++ {
		c := form[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// atomSuffix hashes the last three bytes of the lowercased form.
func atomSuffix(form string) uint64 {
	if len(form) > 3 {
		form = form[len(form)-3:]
	}
	return finish(atomWord(form) ^ saltSuffix)
}

// atomString hashes s under a salt.
func atomString(salt uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ salt
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// mix folds x into the running feature hash h.
func mix(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h
}

// finish is the splitmix64 finaliser, spreading the bits of a mixed hash.
func finish(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
