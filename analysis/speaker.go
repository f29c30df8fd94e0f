package analysis

import "strings"

// The speaker of a first-person text without speaker tags: a speech, a statement or an
// interview whose title or introduction names who speaks ("Speech by Mr. X", "X Floor
// Speech", "Wikinews interviews X"). Every substantive sentence of such a text is the
// speaker's position, as a transcript sentence is its tagged speaker's; in an interview
// the questions are the interviewer's and hold no position.

// speechWords in a title mark a text that one person speaks or writes in the first person.
// Source: general vocabulary of political communication (genres of speech and statement).
var speechWords = wordList("speechWords")

// interviewWords in a title mark a question-and-answer text.
var interviewWords = wordList("interviewWords")

// titleSpeakerGenre notes whether the title names a speech or an interview; the text
// becomes the speaker's only if the title also names a person (takeTextSpeaker).
func (a *analyzer) titleSpeakerGenre(title string) bool {
	lt := strings.ToLower(title)
	for _, w := range interviewWords {
		if i := wordIndex(lt, w); i >= 0 {
			a.titleInterview, a.keywordAt = true, i
			return true
		}
	}
	for _, w := range speechWords {
		if i := wordIndex(lt, w); i >= 0 {
			a.titleSpeech, a.keywordAt = true, i
			return true
		}
	}
	return false
}

// wordIndex returns where w occurs in s as whole words, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(w)
		before := i == 0 || !isWordByte(s[i-1])
		after := j == len(s) || !isWordByte(s[j])
		if before && after {
			return i
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// isQuestion says whether a paragraph is an interviewer's question: it ends with a question mark.
func isQuestion(p string) bool {
	p = strings.TrimRight(p, " \t\r\n\"”’)")
	return strings.HasSuffix(p, "?")
}

// takeTextSpeaker picks the speaker among the persons named in the title: the first
// person mention (for an interview, the first after the word "interview": the
// interviewee). The text then reads as a transcript of that speaker.
func (a *analyzer) takeTextSpeaker(st sentence, ms []mention) {
	if a.textSpeaker >= 0 {
		return
	}
	for _, m := range ms {
		if m.kind != mkPerson || m.inRole {
			continue
		}
		if a.titleInterview && m.s-st.s < a.keywordAt {
			continue
		}
		a.textSpeaker = m.actor
		a.genre = genreTranscript
		return
	}
	if !a.titleSpeech {
		return
	}
	// A body's statement ("Federal Reserve issues FOMC statement", "NATO statement on ..."):
	// the organisation named closest before the word "statement" speaks.
	best := -1
	for _, m := range ms {
		if m.kind == mkOrg && m.s-st.s < a.keywordAt {
			best = m.actor
		}
	}
	if best < 0 {
		// "Federal Reserve issues FOMC statement": the body the statement names most often
		// ("the Committee" ten times) is its author
		name, n := "", 2
		for k, c := range a.orgCount {
			if c > n || c == n && name != "" && k < name {
				name, n = k, c
			}
		}
		if name != "" {
			best = a.actorFor(name, func() Actor {
				return Actor{Name: name, Type: Organization, Named: true, Why: "the body a statement names most often: its author"}
			}, st.s)
		}
	}
	if best >= 0 {
		a.textSpeaker = best
		a.genre = genreTranscript
	}
}
