//! Where on the plane a classifier answers "class 1", in a form words can carry: the plane cut
//! into 3 × 3 regions (corners, edges, centre), each with the class most of its cells get, and
//! the share of the whole plane in class 1. A sighted learner sees a shape ("a disc in the
//! centre", "the left half"); a screen reader says which regions are class 1.

/// The regions, row by row from the top left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    TopLeft,
    Top,
    TopRight,
    Left,
    Centre,
    Right,
    BottomLeft,
    Bottom,
    BottomRight,
}

impl Region {
    pub const ALL: [Region; 9] = [
        Region::TopLeft,
        Region::Top,
        Region::TopRight,
        Region::Left,
        Region::Centre,
        Region::Right,
        Region::BottomLeft,
        Region::Bottom,
        Region::BottomRight,
    ];
}

/// What a classifier's plane shows, summarised.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaneRegions {
    /// The regions most of whose cells are class 1, in [`Region::ALL`]'s order.
    pub class_one: Vec<Region>,
    /// The share of all cells in class 1, from 0 to 1.
    pub share: f64,
}

/// Summarises `grid`, the output over the plane (`cells × cells`, row 0 at the top), where an
/// output of at least `level` means class 1. An empty or ragged grid has no class-1 region.
pub fn plane_regions(grid: &[f32], cells: usize, level: f32) -> PlaneRegions {
    if cells == 0 || grid.len() != cells * cells {
        return PlaneRegions {
            class_one: Vec::new(),
            share: 0.0,
        };
    }
    let mut ones = [0usize; 9];
    let mut sizes = [0usize; 9];
    let mut total = 0usize;
    for (i, &v) in grid.iter().enumerate() {
        let (row, col) = (i / cells, i % cells);
        let region = (row * 3 / cells) * 3 + col * 3 / cells;
        sizes[region] += 1;
        if v >= level {
            ones[region] += 1;
            total += 1;
        }
    }
    PlaneRegions {
        class_one: Region::ALL
            .into_iter()
            .enumerate()
            .filter(|&(k, _)| sizes[k] > 0 && 2 * ones[k] > sizes[k])
            .map(|(_, r)| r)
            .collect(),
        share: total as f64 / grid.len() as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disc_in_the_centre_is_the_centre() {
        let n = 30;
        let grid: Vec<f32> = (0..n * n)
            .map(|i| {
                let (x, y) = ((i % n) as f32 - 14.5, (i / n) as f32 - 14.5);
                if x * x + y * y < 36.0 { 1.0 } else { 0.0 }
            })
            .collect();
        let r = plane_regions(&grid, n, 0.5);
        assert_eq!(r.class_one, vec![Region::Centre]);
        assert!(r.share > 0.1 && r.share < 0.15, "{}", r.share);
    }

    #[test]
    fn the_left_half_is_the_left_column() {
        let n = 30;
        let grid: Vec<f32> = (0..n * n)
            .map(|i| if i % n < 12 { 0.9 } else { 0.1 })
            .collect();
        let r = plane_regions(&grid, n, 0.5);
        assert_eq!(
            r.class_one,
            vec![Region::TopLeft, Region::Left, Region::BottomLeft]
        );
        assert!((r.share - 0.4).abs() < 1e-9);
        assert_eq!(
            plane_regions(&grid, 7, 0.5).class_one,
            vec![],
            "a ragged grid"
        );
    }
}
