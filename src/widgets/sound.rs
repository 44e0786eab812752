//! Optional sound: a click per spike, like Neuronify's loudspeaker, and a tone that follows the
//! training loss. Web Audio, created only when the learner turns sound on (browsers allow audio
//! only after a gesture), and silent otherwise.

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, GainNode, OscillatorNode, OscillatorType};

/// Plays short clicks.
#[derive(Default)]
pub struct Clicker {
    context: Option<AudioContext>,
}

impl Clicker {
    /// Creates the audio context (call from a user gesture). Returns whether sound is available.
    pub fn enable(&mut self) -> bool {
        enable(&mut self.context)
    }

    /// A 15 ms click, `delay` seconds from now.
    pub fn click(&self, delay: f64) {
        if let Some(ctx) = &self.context {
            // Sound is decoration: a failure here only means no click.
            let _ = play_click(ctx, delay);
        }
    }
}

/// Creates the audio context in `context` if there is none yet, and resumes it (browsers start
/// it suspended until a gesture). Returns whether sound is available.
fn enable(context: &mut Option<AudioContext>) -> bool {
    if context.is_none() {
        *context = AudioContext::new().ok();
    }
    if let Some(ctx) = context {
        let _ = ctx.resume();
    }
    context.is_some()
}

fn play_click(ctx: &AudioContext, delay: f64) -> Result<(), JsValue> {
    let t = ctx.current_time() + delay.max(0.0);
    let osc = ctx.create_oscillator()?;
    osc.set_type(OscillatorType::Square);
    osc.frequency().set_value(1400.0);
    let gain = ctx.create_gain()?;
    gain.gain().set_value_at_time(0.15, t)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.001, t + 0.015)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start_with_when(t)?;
    osc.stop_with_when(t + 0.02)?;
    Ok(())
}

/// How quickly the tone glides to a new pitch or volume (a time constant, in seconds).
const GLIDE_S: f64 = 0.04;
/// The tone's volume while sounding.
const TONE_GAIN: f32 = 0.06;

/// A continuous sine tone whose pitch can be changed while it sounds, for the loss.
#[derive(Default)]
pub struct Tone {
    context: Option<AudioContext>,
    voice: Option<(OscillatorNode, GainNode)>,
}

impl Tone {
    /// Creates the audio context (call from a user gesture). Returns whether sound is available.
    pub fn enable(&mut self) -> bool {
        enable(&mut self.context)
    }

    /// Glides to `pitch` hertz, or fades out for `None`.
    pub fn set(&mut self, pitch: Option<f64>) {
        let Some(ctx) = &self.context else { return };
        if self.voice.is_none() && pitch.is_some() {
            // Sound is decoration: a failure here only means no tone.
            self.voice = start_voice(ctx).ok();
        }
        if let Some((osc, gain)) = &self.voice {
            let t = ctx.current_time();
            if let Some(hz) = pitch {
                let _ = osc.frequency().set_target_at_time(hz as f32, t, GLIDE_S);
            }
            let volume = if pitch.is_some() { TONE_GAIN } else { 0.0 };
            let _ = gain.gain().set_target_at_time(volume, t, GLIDE_S);
        }
    }
}

fn start_voice(ctx: &AudioContext) -> Result<(OscillatorNode, GainNode), JsValue> {
    let osc = ctx.create_oscillator()?;
    osc.set_type(OscillatorType::Sine);
    let gain = ctx.create_gain()?;
    gain.gain().set_value(0.0);
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start()?;
    Ok((osc, gain))
}
