package perceptron

// FNV-1a 64-bit constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the feature key of string s under feature template number
// template. It does not allocate: callers pass substrings of words they
// already hold instead of building feature strings.
func Hash(template uint32, s string) uint64 {
	return Mix(seed(template), s)
}

// Hash2 returns the feature key of the pair (a, b) under template. The pair is
// separated by a byte no UTF-8 text contains, so ("ab","c") and ("a","bc")
// get different keys.
func Hash2(template uint32, a, b string) uint64 {
	h := Mix(seed(template), a)
	h ^= 0xff
	h *= fnvPrime
	return Mix(h, b)
}

// Mix folds s into the running hash h, for features of more than two parts.
func Mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// MixByte folds one byte (a separator, a small category code) into h.
func MixByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	h *= fnvPrime
	return h
}

func seed(template uint32) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < 4; i++ {
		h ^= uint64(byte(template >> (8 * i)))
		h *= fnvPrime
	}
	return h
}
