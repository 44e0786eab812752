//! An optional click per spike, like Neuronify's loudspeaker: Web Audio, created only when the
//! learner turns sound on (browsers allow audio only after a gesture), and silent otherwise.

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, OscillatorType};

/// Plays short clicks.
#[derive(Default)]
pub struct Clicker {
    context: Option<AudioContext>,
}

impl Clicker {
    /// Creates the audio context (call from a user gesture). Returns whether sound is available.
    pub fn enable(&mut self) -> bool {
        if self.context.is_none() {
            self.context = AudioContext::new().ok();
        }
        if let Some(ctx) = &self.context {
            let _ = ctx.resume();
        }
        self.context.is_some()
    }

    /// A 15 ms click, `delay` seconds from now.
    pub fn click(&self, delay: f64) {
        if let Some(ctx) = &self.context {
            // Sound is decoration: a failure here only means no click.
            let _ = play_click(ctx, delay);
        }
    }
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
